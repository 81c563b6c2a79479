//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::self_2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Self2Params {
    pub self_3: ::std::option::Option<::std::string::String>,
    pub self_4: ::std::option::Option<::std::string::String>,
    pub self_5: ::std::option::Option<::std::string::String>,
}
impl Self2Params {
    /// Sets `self_3`.
    #[must_use]
    pub fn self_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_4`.
    #[must_use]
    pub fn self_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_5`.
    #[must_use]
    pub fn self_5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::self_2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Self2OkHeaders {
    pub self_: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::self_2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Self2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Self2OkHeaders },
}
/// Documented error responses of [`super::Client::self_2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Self2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::self_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum SelfPost2Error {}
impl super::Client {
    /// */ operation Self "#
    ///
    /// `GET /op24/{Self}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn self_2(
        &self,
        self_2: &str,
        params: &Self2Params,
    ) -> ::std::result::Result<Self2Response, super::Error<Self2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op24/");
        url.push_str(
            &super::runtime::path_param(
                "Self",
                &super::runtime::to_value("Self", &self_2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.self_3 {
            let v = super::runtime::to_value("Self", v)?;
            super::runtime::push_param(&mut query, "Self", &v, "form", true);
        }
        if let Some(v) = &params.self_4 {
            let v = super::runtime::to_value("Self", v)?;
            headers.push(("Self", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.self_5 {
            let v = super::runtime::to_value("Self", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Self", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[24usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("self_2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Self", method = "GET", path =
            "/op24/{Self}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("self_2", status, &response_headers);
        match status {
            200 => {
                let headers = Self2OkHeaders {
                    self_: super::runtime::optional_header(
                        &response_headers,
                        "Self",
                        status,
                    )?,
                };
                Ok(Self2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Self2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Self2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Self2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op24/{Self}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn self_post2(
        &self,
        self_2: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SelfPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op24/");
        url.push_str(
            &super::runtime::path_param(
                "Self",
                &super::runtime::to_value("Self", &self_2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("self_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Self_post", method = "POST", path =
            "/op24/{Self}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("self_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SelfPost2Error,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
