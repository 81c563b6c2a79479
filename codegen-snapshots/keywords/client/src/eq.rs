//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::eq`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EqParams {
    pub eq2: ::std::option::Option<::std::string::String>,
    pub eq3: ::std::option::Option<::std::string::String>,
    pub eq4: ::std::option::Option<::std::string::String>,
}
impl EqParams {
    /// Sets `eq2`.
    #[must_use]
    pub fn eq2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eq2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `eq3`.
    #[must_use]
    pub fn eq3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eq3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `eq4`.
    #[must_use]
    pub fn eq4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eq4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::eq`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EqOkHeaders {
    pub eq: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::eq`].
#[derive(Debug, Clone, PartialEq)]
pub enum EqResponse {
    /// ok
    Ok { body: super::types::Everything, headers: EqOkHeaders },
}
/// Documented error responses of [`super::Client::eq`].
#[derive(Debug, Clone, PartialEq)]
pub enum EqError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::eq_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EqPostError {}
impl super::Client {
    /// */ operation Eq "#
    ///
    /// `GET /op128/{Eq}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn eq(
        &self,
        eq: &str,
        params: &EqParams,
    ) -> ::std::result::Result<EqResponse, super::Error<EqError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op128/");
        url.push_str(
            &super::runtime::path_param(
                "Eq",
                &super::runtime::to_value("Eq", &eq)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.eq2 {
            let v = super::runtime::to_value("Eq", v)?;
            super::runtime::push_param(&mut query, "Eq", &v, "form", true);
        }
        if let Some(v) = &params.eq3 {
            let v = super::runtime::to_value("Eq", v)?;
            headers.push(("Eq", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.eq4 {
            let v = super::runtime::to_value("Eq", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Eq", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[128usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("eq", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Eq", method = "GET", path = "/op128/{Eq}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("eq", status, &response_headers);
        match status {
            200 => {
                let headers = EqOkHeaders {
                    eq: super::runtime::optional_header(&response_headers, "Eq", status)?,
                };
                Ok(EqResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        EqError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(EqError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            EqError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op128/{Eq}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn eq_post(
        &self,
        eq: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<EqPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op128/");
        url.push_str(
            &super::runtime::path_param(
                "Eq",
                &super::runtime::to_value("Eq", &eq)?,
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
        let req = self.run_request_hooks("eq_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Eq_post", method = "POST", path =
            "/op128/{Eq}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("eq_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        EqPostError,
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
