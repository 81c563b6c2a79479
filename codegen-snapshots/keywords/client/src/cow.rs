//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::cow`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CowParams {
    pub cow2: ::std::option::Option<::std::string::String>,
    pub cow3: ::std::option::Option<::std::string::String>,
    pub cow4: ::std::option::Option<::std::string::String>,
}
impl CowParams {
    /// Sets `cow2`.
    #[must_use]
    pub fn cow2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cow2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cow3`.
    #[must_use]
    pub fn cow3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cow3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cow4`.
    #[must_use]
    pub fn cow4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cow4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::cow`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CowOkHeaders {
    pub cow: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::cow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CowResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CowOkHeaders },
}
/// Documented error responses of [`super::Client::cow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CowError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::cow_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum CowPostError {}
impl super::Client {
    /// */ operation Cow "#
    ///
    /// `GET /op144/{Cow}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn cow(
        &self,
        cow: &str,
        params: &CowParams,
    ) -> ::std::result::Result<CowResponse, super::Error<CowError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op144/");
        url.push_str(
            &super::runtime::path_param(
                "Cow",
                &super::runtime::to_value("Cow", &cow)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.cow2 {
            let v = super::runtime::to_value("Cow", v)?;
            super::runtime::push_param(&mut query, "Cow", &v, "form", true);
        }
        if let Some(v) = &params.cow3 {
            let v = super::runtime::to_value("Cow", v)?;
            headers.push(("Cow", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.cow4 {
            let v = super::runtime::to_value("Cow", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Cow", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[144usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("cow", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Cow", method = "GET", path =
            "/op144/{Cow}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("cow", status, &response_headers);
        match status {
            200 => {
                let headers = CowOkHeaders {
                    cow: super::runtime::optional_header(
                        &response_headers,
                        "Cow",
                        status,
                    )?,
                };
                Ok(CowResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        CowError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(CowError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            CowError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op144/{Cow}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn cow_post(
        &self,
        cow: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<CowPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op144/");
        url.push_str(
            &super::runtime::path_param(
                "Cow",
                &super::runtime::to_value("Cow", &cow)?,
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
            .run_request_hooks("cow_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Cow_post", method = "POST", path =
            "/op144/{Cow}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("cow_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        CowPostError,
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
